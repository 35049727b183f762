stub: upstream file of 4634 bytes
