stub: upstream file of 49737 bytes
