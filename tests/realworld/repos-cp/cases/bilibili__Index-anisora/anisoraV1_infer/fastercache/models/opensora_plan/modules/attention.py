stub: upstream file of 7825 bytes
