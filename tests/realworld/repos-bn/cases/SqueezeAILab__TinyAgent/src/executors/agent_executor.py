stub: upstream file of 22734 bytes
