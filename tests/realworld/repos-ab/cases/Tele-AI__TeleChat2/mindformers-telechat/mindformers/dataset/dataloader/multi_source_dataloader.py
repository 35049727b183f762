stub: upstream file of 20605 bytes
