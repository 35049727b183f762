stub: upstream file of 10890 bytes
