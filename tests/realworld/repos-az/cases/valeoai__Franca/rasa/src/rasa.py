stub: upstream file of 17775 bytes
