stub: upstream file of 124769 bytes
