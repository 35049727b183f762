stub: upstream file of 16326 bytes
