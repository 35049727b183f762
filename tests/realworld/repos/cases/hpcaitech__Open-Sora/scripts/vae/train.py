stub: upstream file of 25664 bytes
