stub: upstream file of 8769 bytes
