stub: upstream file of 1326 bytes
