stub: upstream file of 4598 bytes
