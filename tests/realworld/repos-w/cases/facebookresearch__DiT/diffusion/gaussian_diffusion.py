stub: upstream file of 34326 bytes
