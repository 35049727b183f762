stub: upstream file of 18697 bytes
