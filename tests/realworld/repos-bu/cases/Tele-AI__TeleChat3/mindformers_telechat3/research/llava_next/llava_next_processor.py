stub: upstream file of 37769 bytes
