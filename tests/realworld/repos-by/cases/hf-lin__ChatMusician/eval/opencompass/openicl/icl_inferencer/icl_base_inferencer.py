stub: upstream file of 7015 bytes
