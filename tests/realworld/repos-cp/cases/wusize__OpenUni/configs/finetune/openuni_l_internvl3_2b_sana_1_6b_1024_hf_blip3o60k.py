stub: upstream file of 3326 bytes
