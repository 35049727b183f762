stub: upstream file of 55091 bytes
