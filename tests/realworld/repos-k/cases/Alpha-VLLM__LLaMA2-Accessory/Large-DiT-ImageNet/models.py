stub: upstream file of 25683 bytes
