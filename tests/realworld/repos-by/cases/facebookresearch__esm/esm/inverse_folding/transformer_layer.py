stub: upstream file of 10669 bytes
