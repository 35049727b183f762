stub: upstream file of 54678 bytes
