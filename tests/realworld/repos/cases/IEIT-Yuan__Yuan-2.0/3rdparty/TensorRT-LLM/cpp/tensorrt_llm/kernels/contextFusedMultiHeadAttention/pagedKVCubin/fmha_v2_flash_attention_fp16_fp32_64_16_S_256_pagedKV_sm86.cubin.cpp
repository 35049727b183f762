stub: upstream file of 527326 bytes
