stub: upstream file of 42735 bytes
