stub: upstream file of 5547 bytes
