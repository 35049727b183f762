stub: upstream file of 16828 bytes
