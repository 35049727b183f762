stub: upstream file of 7326 bytes
