stub: upstream file of 10775 bytes
