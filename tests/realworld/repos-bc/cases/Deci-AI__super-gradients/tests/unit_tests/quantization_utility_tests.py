stub: upstream file of 34769 bytes
