stub: upstream file of 33326 bytes
