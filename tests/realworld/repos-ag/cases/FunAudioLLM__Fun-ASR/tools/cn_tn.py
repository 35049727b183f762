stub: upstream file of 60857 bytes
