stub: upstream file of 4041 bytes
