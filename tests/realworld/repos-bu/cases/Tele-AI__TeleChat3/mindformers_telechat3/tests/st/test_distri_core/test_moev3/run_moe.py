stub: upstream file of 10814 bytes
