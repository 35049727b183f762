stub: upstream file of 19326 bytes
