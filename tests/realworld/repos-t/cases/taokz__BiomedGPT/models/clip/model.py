stub: upstream file of 17326 bytes
