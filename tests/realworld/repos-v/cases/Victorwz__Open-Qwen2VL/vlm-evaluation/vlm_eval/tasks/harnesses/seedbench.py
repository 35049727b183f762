stub: upstream file of 16621 bytes
