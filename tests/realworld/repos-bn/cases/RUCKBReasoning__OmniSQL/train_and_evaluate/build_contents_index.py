stub: upstream file of 6029 bytes
