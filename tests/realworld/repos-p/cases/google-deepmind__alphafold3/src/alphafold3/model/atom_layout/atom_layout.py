stub: upstream file of 40326 bytes
