stub: upstream file of 50641 bytes
