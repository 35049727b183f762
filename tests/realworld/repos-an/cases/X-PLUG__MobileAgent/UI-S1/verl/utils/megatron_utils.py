stub: upstream file of 44720 bytes
