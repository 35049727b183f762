stub: upstream file of 19788 bytes
