stub: upstream file of 9872 bytes
