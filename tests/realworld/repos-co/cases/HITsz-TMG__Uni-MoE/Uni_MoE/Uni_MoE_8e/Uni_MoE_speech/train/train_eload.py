stub: upstream file of 17734 bytes
