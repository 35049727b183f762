stub: upstream file of 20109 bytes
