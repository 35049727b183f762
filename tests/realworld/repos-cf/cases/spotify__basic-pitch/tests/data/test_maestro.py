stub: upstream file of 5738 bytes
