stub: upstream file of 37326 bytes
