stub: upstream file of 61088 bytes
