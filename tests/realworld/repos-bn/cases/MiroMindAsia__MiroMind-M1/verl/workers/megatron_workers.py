stub: upstream file of 43606 bytes
