stub: upstream file of 9698 bytes
