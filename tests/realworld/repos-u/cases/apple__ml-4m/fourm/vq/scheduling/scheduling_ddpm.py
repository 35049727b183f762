stub: upstream file of 21455 bytes
