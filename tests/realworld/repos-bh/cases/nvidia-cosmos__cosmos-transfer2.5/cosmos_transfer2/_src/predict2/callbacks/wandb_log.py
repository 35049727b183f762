stub: upstream file of 10386 bytes
