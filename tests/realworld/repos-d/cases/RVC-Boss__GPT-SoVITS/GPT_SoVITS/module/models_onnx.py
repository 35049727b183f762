stub: upstream file of 37794 bytes
