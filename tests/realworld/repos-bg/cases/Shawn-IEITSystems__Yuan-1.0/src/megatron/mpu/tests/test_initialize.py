stub: upstream file of 3684 bytes
