stub: upstream file of 10078 bytes
