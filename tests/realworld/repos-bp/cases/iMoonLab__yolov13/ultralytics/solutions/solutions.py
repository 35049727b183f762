stub: upstream file of 7772 bytes
